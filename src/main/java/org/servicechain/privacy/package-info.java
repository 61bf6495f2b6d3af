/**
 * Data protection under UK GDPR and the DPA 2018, and the Equality Act 2010 (REC-5,
 * REC-6; B10 4.8): the lawful basis and consent per person, communication needs and
 * reasonable adjustments, subject access exports, erasure by pseudonymisation that keeps
 * the service history, and retention rules run by a scheduled job. Every module that
 * holds personal data contributes through {@link PersonalDataHolder} (STYLE G3); this
 * module never reads another module's tables.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.servicechain.privacy;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
