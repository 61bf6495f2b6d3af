package org.servicechain.chain.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.servicechain.chain.PossibleDuplicatesException;

/**
 * 409 problem+json for a record that looks like one already kept (REC-1), with the
 * candidates, so the client can decide and send {@code allowDuplicate=true}.
 */
final class DuplicateProblems {

	private DuplicateProblems() {
	}

	static ResponseEntity<ProblemDetail> of(PossibleDuplicatesException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(URI.create("https://servicechain.org/problems/possible-duplicate"));
		problem.setTitle("Possible duplicate");
		problem.setProperty("candidates", ex.getCandidates());
		problem.setProperty("hint", "repeat the request with allowDuplicate=true to create it anyway");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
