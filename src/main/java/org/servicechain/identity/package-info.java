/**
 * Identity: users and their roles, sign-in, API tokens, login throttling and the portals'
 * access boundaries (REC-4, INT-1, INT-2).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
@NullMarked
package org.servicechain.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
