/**
 * The UI shell: layout, navigation, the home page (a dashboard composed of partials each
 * module renders itself), sign-in and error pages. It knows no business module's
 * internals.
 */
@ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.servicechain.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
