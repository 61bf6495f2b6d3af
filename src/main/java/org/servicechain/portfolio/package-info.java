/**
 * The competence evidence portfolio (REP-3): the criteria of OCR units B9, B10 and 328
 * and the NOS CFACSB9 as data; for a practitioner, their own records (requests, chain
 * tasks, agreements, complaints, feedback, improvement actions, relationship log entries,
 * 1:1s and meeting actions, survey answers) suggested as evidence; the pieces they
 * choose, annotate and map to criteria; sufficiency and gaps per criterion; an assessor's
 * marks; witness testimony through single-use links; and a redacted ZIP export for the
 * assessor. It reads other modules through their facades and nothing depends on it.
 */
@ApplicationModule(displayName = "Portfolio",
		allowedDependencies = { "shared", "identity", "chain", "requests", "agreements", "complaints", "feedback",
				"reviews" })
@NullMarked
package org.servicechain.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
