/**
 * Chain feasibility (AGREE-4): can a customer-facing promise be kept, given the
 * operational level agreements and supplier contracts on the links beneath it? Pure Java
 * over plain values: no Spring, no persistence, no clock. Start with
 * {@link org.servicechain.agreements.feasibility.FeasibilityCheck}.
 */
@org.jspecify.annotations.NullMarked
package org.servicechain.agreements.feasibility;
