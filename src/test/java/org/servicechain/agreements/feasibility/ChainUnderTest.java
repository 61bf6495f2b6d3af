package org.servicechain.agreements.feasibility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chain beneath an end-user service, named in domain words so tests say "the courier"
 * and read results back as names. A link is named {@code "provider->consumer"}; ids are
 * derived from names, so inputs may be named before they are declared (as in a cycle).
 */
final class ChainUnderTest {

	private final Map<String, ChainStep> steps = new LinkedHashMap<>();

	private final Map<UUID, String> names = new HashMap<>();

	/**
	 * The provider provides the service to the consumer under the agreement, once the
	 * named input links have delivered.
	 */
	ChainUnderTest link(String name, String service, @Nullable Commitment agreement, String... inputs) {
		String[] parties = name.split("->");
		ChainStep step = new ChainStep(id(name), id("party:" + parties[0]), id("party:" + parties[1]),
				id("service:" + service), Arrays.stream(inputs).map(this::id).toList(), agreement);
		this.steps.put(name, step);
		return this;
	}

	/** A link no agreement covers. */
	ChainUnderTest uncoveredLink(String name, String service, String... inputs) {
		return link(name, service, null, inputs);
	}

	FeasibilityCheck check(Promise promise, String... customerLinks) {
		return FeasibilityCheck.of(promise, this.steps.values(), Arrays.stream(customerLinks).map(this::id).toList());
	}

	/**
	 * The steps in reverse order of declaration, to show that their order does not
	 * matter.
	 */
	FeasibilityCheck checkWithStepsReversed(Promise promise, String... customerLinks) {
		List<ChainStep> reversed = new ArrayList<>(this.steps.values());
		Collections.reverse(reversed);
		return FeasibilityCheck.of(promise, reversed, Arrays.stream(customerLinks).map(this::id).toList());
	}

	/**
	 * Evaluates one request raised at {@code start} (a step of a whole week tries one
	 * start).
	 */
	static FeasibilityReport requestRaisedAt(FeasibilityCheck check, Instant start) {
		return check.evaluate(start, Duration.ofDays(7));
	}

	UUID id(String name) {
		UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
		this.names.putIfAbsent(id, name);
		return id;
	}

	@Nullable String name(@Nullable UUID id) {
		return (id != null) ? this.names.get(id) : null;
	}

	List<String> names(List<UUID> ids) {
		return ids.stream().map((id) -> this.names.getOrDefault(id, id.toString())).toList();
	}

	/**
	 * The links of the critical path by name, from the leaf to the customer-facing link.
	 */
	List<String> path(FeasibilityReport report) {
		return names(report.criticalPath().stream().map(PathStep::linkId).toList());
	}

	PathStep step(FeasibilityReport report, String name) {
		UUID id = id(name);
		return report.criticalPath()
			.stream()
			.filter((step) -> step.linkId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not on the critical path " + path(report)));
	}

}
