@NullMarked
package org.servicechain.reporting.web;

import org.jspecify.annotations.NullMarked;
