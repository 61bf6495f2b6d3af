@NullMarked
package org.servicechain.reporting.api;

import org.jspecify.annotations.NullMarked;
