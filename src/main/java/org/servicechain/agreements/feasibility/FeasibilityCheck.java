package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;

/**
 * Can a customer-facing promise be kept, given the agreements on the links beneath it
 * (AGREE-4)? The check takes the promise (a resolution target of an end-user service in
 * the customer SLA's calendar), the links of the chain beneath the service with the
 * target of each link's operational level agreement or supplier contract in that
 * agreement's own calendar (AGREE-2, AGREE-5), and the customer-facing links. For every
 * start of a week it works out when the chain can deliver, compares that with when the
 * promise is due, and reports the worst case: the slack or deficit, the critical path,
 * its bottleneck, and the links that carry no agreement.
 * <h2>Method</h2>
 * <ul>
 * <li><b>Due.</b> A request raised at instant {@code t} is due to the customer at
 * {@code due(t) = promise.calendar.addWorkingTime(t, promise.resolution)}.</li>
 * <li><b>Each link's finish.</b> The customer-facing provider hands dependent work to its
 * suppliers at once, and so does every provider further up. A link's agreement covers the
 * provider's own part once its inputs have arrived: {@code ready(L) = t} for a link
 * without inputs, otherwise the latest arrival over the services it needs, and
 * {@code finish(L) = L.calendar.addWorkingTime(ready(L), L.resolution)}. Calendar
 * conventions apply: counting from outside working hours starts at the next opening, and
 * a zero target finishes at {@code ready(L)} unchanged.</li>
 * <li><b>Alternatives.</b> A link's inputs are grouped by service. Several input links of
 * the same service are alternative providers; the work may go to any of them, so the
 * check counts the <em>slowest</em> alternative. This is conservative: a promise found
 * kept is kept whichever alternative gets the work.</li>
 * <li><b>Links without an agreement</b> take no time ({@code finish = ready}); they are
 * listed as uncovered, and a chain that depends on one can at best be
 * {@link Verdict#UNVERIFIED unverified}. The customer-facing links are covered by the
 * promise under test, with or without an agreement of their own.</li>
 * <li><b>Arrival and slack.</b> The front line needs what its suppliers deliver before it
 * can resolve: {@code arrival(t)} is the latest {@code ready} of the customer-facing
 * links. Their own agreement is the promise itself, so their target is not added.
 * {@code slack(t) = due(t) - arrival(t)} in wall-clock time, negative for a deficit; the
 * report also gives it in the promise's working time,
 * {@code promise.calendar.workingTimeBetween(arrival, due)}.</li>
 * <li><b>Worst case over the week.</b> The starts are {@code weekStart + k * step} for
 * every {@code k} with {@code k * step < 7 days} of wall-clock time (672 starts at the
 * default 15 minutes, also in a week when the clocks change). The worst start has the
 * least wall-clock slack, the best the most; among equals the earliest start is
 * reported.</li>
 * <li><b>Critical path</b> at the worst start: from the customer-facing link that arrived
 * last, follow the input that arrived last, recursively, down to a link without inputs;
 * reported from that leaf to the customer-facing link. Ties go to the first
 * customer-facing link given, to the service whose first input is listed first, and
 * within a service to the alternative listed first. The <b>bottleneck</b> is the link on
 * the path with the largest wall-clock contribution ({@code finish - ready}, so waiting
 * for the provider's opening hours counts), the one nearest the leaf among equals, and
 * none if no link on the path takes any time.</li>
 * <li><b>Verdict.</b> {@link Verdict#BROKEN} if the slack is negative at some start, even
 * counting only covered links; otherwise {@link Verdict#UNVERIFIED} if some link the
 * promise depends on carries no agreement; otherwise {@link Verdict#KEPT}.</li>
 * <li><b>Cycles.</b> The links are walked depth first from the customer-facing links, in
 * the order given, inputs in the order listed. An input that leads back to a link already
 * on the way there contributes nothing (the cycle is broken there), and every link in a
 * cycle is reported.</li>
 * </ul>
 * Only links reachable from the customer-facing links through their inputs count; other
 * steps are ignored. The structure is analysed once in {@link #of}; each evaluation then
 * computes every link once per start (one calendar calculation per covered link), so a
 * few hundred links over 672 starts take tens of milliseconds. Immutable and safe to
 * share between threads.
 */
public final class FeasibilityCheck {

	/** The default distance between two starts tried: 15 minutes. */
	public static final Duration DEFAULT_STEP = Duration.ofMinutes(15);

	/** The span of starts tried: one week of wall-clock time. */
	public static final Duration WEEK = Duration.ofDays(7);

	private static final int NONE = -1;

	private final Promise promise;

	/** Link ids in evaluation order: every link comes after the inputs it waits for. */
	private final UUID[] linkIds;

	private final @Nullable Commitment[] commitments;

	/** Per link, per needed service, the positions of its alternative providers. */
	private final int[][][] inputServices;

	private final boolean[] customerFacing;

	/** Positions of the customer-facing links, in the order given. */
	private final int[] customerLinks;

	private final List<UUID> uncoveredLinkIds;

	private final List<UUID> cycleLinkIds;

	private FeasibilityCheck(Promise promise, List<ChainStep> steps, List<UUID> customerLinkIds) {
		this.promise = promise;
		Structure structure = new Structure(steps, customerLinkIds);
		int size = structure.postorder.size();
		this.linkIds = new UUID[size];
		this.commitments = new Commitment[size];
		this.inputServices = new int[size][][];
		this.customerFacing = new boolean[size];
		int[] position = new int[steps.size()];
		List<UUID> uncovered = new ArrayList<>();
		List<UUID> cycles = new ArrayList<>();
		for (int at = 0; at < size; at++) {
			int node = structure.postorder.get(at);
			position[node] = at;
			ChainStep step = steps.get(node);
			this.linkIds[at] = step.linkId();
			this.commitments[at] = step.commitment();
			this.customerFacing[at] = structure.customerFacing[node];
			this.inputServices[at] = groupByService(steps, structure, node, position);
			// The promise under test covers the customer-facing links.
			if (step.commitment() == null && !this.customerFacing[at]) {
				uncovered.add(step.linkId());
			}
			if (structure.inCycle[node]) {
				cycles.add(step.linkId());
			}
		}
		this.customerLinks = structure.roots.stream().mapToInt((root) -> position[root]).toArray();
		Collections.sort(uncovered);
		Collections.sort(cycles);
		this.uncoveredLinkIds = List.copyOf(uncovered);
		this.cycleLinkIds = List.copyOf(cycles);
	}

	/**
	 * Prepares the check of a promise against the chain beneath it.
	 * @param promise the customer-facing promise; must not be {@literal null}.
	 * @param steps the links of the chain beneath the service, each with its narrowed
	 * inputs; must not be {@literal null}. Every input must be one of the steps, and each
	 * link appears once.
	 * @param customerLinkIds the links of the end-user service to its customers, in a
	 * stable order; must not be {@literal null} or empty, and each must be one of the
	 * steps.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if a link appears twice, an input or a
	 * customer-facing link is not among the steps, or there is no customer-facing link.
	 */
	public static FeasibilityCheck of(Promise promise, Collection<ChainStep> steps, List<UUID> customerLinkIds) {
		Objects.requireNonNull(promise, "promise must not be null");
		Objects.requireNonNull(steps, "steps must not be null");
		Objects.requireNonNull(customerLinkIds, "customerLinkIds must not be null");
		return new FeasibilityCheck(promise, List.copyOf(steps), List.copyOf(customerLinkIds));
	}

	/**
	 * The promise under test.
	 * @return will never be {@literal null}.
	 */
	public Promise promise() {
		return this.promise;
	}

	/**
	 * Evaluates the week from {@code weekStart} with a start every {@link #DEFAULT_STEP
	 * 15 minutes} (672 starts).
	 * @param weekStart the first start tried; must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @see #evaluate(Instant, Duration)
	 */
	public FeasibilityReport evaluate(Instant weekStart) {
		return evaluate(weekStart, DEFAULT_STEP);
	}

	/**
	 * Evaluates the week from {@code weekStart}: tries every start
	 * {@code weekStart + k * step} with {@code k * step} under 7 days of wall-clock time
	 * and reports the worst case. A step of 7 days or more tries {@code weekStart} alone.
	 * @param weekStart the first start tried, truncated to the whole second like every
	 * instant in calendar arithmetic; must not be {@literal null}.
	 * @param step the distance between two starts; must not be {@literal null}, and must
	 * be positive whole seconds.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException for a step that is not positive whole seconds.
	 * @throws org.servicechain.calendar.CalendarException if a calendar cannot compute a
	 * due instant, for example one without any working time.
	 */
	public FeasibilityReport evaluate(Instant weekStart, Duration step) {
		Objects.requireNonNull(weekStart, "weekStart must not be null");
		Objects.requireNonNull(step, "step must not be null");
		if (step.isNegative() || step.isZero() || step.getNano() != 0) {
			throw new IllegalArgumentException("step must be positive whole seconds, was " + step);
		}
		Instant first = weekStart.truncatedTo(ChronoUnit.SECONDS);
		long stepSeconds = step.getSeconds();
		int starts = (int) ((WEEK.getSeconds() + stepSeconds - 1) / stepSeconds);
		int size = this.linkIds.length;
		Instant[] ready = new Instant[size];
		Instant[] finish = new Instant[size];
		int[] cause = new int[size];
		Instant worstStart = first;
		Duration worstSlack = null;
		Instant bestStart = first;
		Duration bestSlack = null;
		for (int k = 0; k < starts; k++) {
			Instant start = first.plusSeconds(k * stepSeconds);
			Instant arrival = ready[walk(start, ready, finish, cause)];
			Duration slack = Duration.between(arrival, due(start));
			if (worstSlack == null || slack.compareTo(worstSlack) < 0) {
				worstStart = start;
				worstSlack = slack;
			}
			if (bestSlack == null || slack.compareTo(bestSlack) > 0) {
				bestStart = start;
				bestSlack = slack;
			}
		}
		// Walk the worst start again to keep its instants for the critical path.
		int last = walk(worstStart, ready, finish, cause);
		Instant due = due(worstStart);
		Duration worstSlackWorking = this.promise.calendar().workingTimeBetween(ready[last], due);
		List<PathStep> path = criticalPath(last, ready, finish, cause);
		Verdict verdict = worstSlack.isNegative() ? Verdict.BROKEN
				: this.uncoveredLinkIds.isEmpty() ? Verdict.KEPT : Verdict.UNVERIFIED;
		return new FeasibilityReport(verdict, this.promise.resolution(), this.promise.calendar().zone().getId(),
				worstStart, worstSlack, worstSlackWorking, bestStart, bestSlack, path, bottleneck(path),
				this.uncoveredLinkIds, this.cycleLinkIds, starts);
	}

	private Instant due(Instant start) {
		return this.promise.calendar().addWorkingTime(start, this.promise.resolution());
	}

	/**
	 * Computes every link once for a request raised at {@code start}, inputs first.
	 * @return the position of the customer-facing link that was ready last.
	 */
	private int walk(Instant start, Instant[] ready, Instant[] finish, int[] cause) {
		for (int at = 0; at < this.linkIds.length; at++) {
			Instant latest = start;
			int latestInput = NONE;
			for (int[] alternatives : this.inputServices[at]) {
				int slowest = alternatives[0];
				for (int alternative : alternatives) {
					if (finish[alternative].isAfter(finish[slowest])) {
						slowest = alternative;
					}
				}
				if (latestInput == NONE || finish[slowest].isAfter(latest)) {
					latest = finish[slowest];
					latestInput = slowest;
				}
			}
			ready[at] = latest;
			cause[at] = latestInput;
			Commitment commitment = this.commitments[at];
			finish[at] = (commitment == null || this.customerFacing[at]) ? latest
					: commitment.calendar().addWorkingTime(latest, commitment.resolution());
		}
		int last = this.customerLinks[0];
		for (int customerLink : this.customerLinks) {
			if (ready[customerLink].isAfter(ready[last])) {
				last = customerLink;
			}
		}
		return last;
	}

	private List<PathStep> criticalPath(int last, Instant[] ready, Instant[] finish, int[] cause) {
		List<PathStep> path = new ArrayList<>();
		for (int at = last; at != NONE; at = cause[at]) {
			path.add(pathStep(at, ready[at], finish[at]));
		}
		Collections.reverse(path);
		return path;
	}

	private PathStep pathStep(int at, Instant ready, Instant finish) {
		Commitment commitment = this.commitments[at];
		UUID agreementId = (commitment != null) ? commitment.agreementId() : null;
		String reference = (commitment != null) ? commitment.agreementReference() : null;
		if (this.customerFacing[at]) {
			return new PathStep(this.linkIds[at], agreementId, reference, this.promise.resolution(),
					this.promise.calendar().zone().getId(), ready, finish, Duration.ZERO);
		}
		return new PathStep(this.linkIds[at], agreementId, reference,
				(commitment != null) ? commitment.resolution() : null,
				(commitment != null) ? commitment.calendar().zone().getId() : null, ready, finish,
				Duration.between(ready, finish));
	}

	private static @Nullable UUID bottleneck(List<PathStep> path) {
		PathStep bottleneck = null;
		for (PathStep step : path) {
			if (step.contribution().compareTo((bottleneck != null) ? bottleneck.contribution() : Duration.ZERO) > 0) {
				bottleneck = step;
			}
		}
		return (bottleneck != null) ? bottleneck.linkId() : null;
	}

	/**
	 * The inputs of a link that survive cycle breaking, grouped by the service they
	 * provide, as positions in evaluation order.
	 */
	private static int[][] groupByService(List<ChainStep> steps, Structure structure, int node, int[] position) {
		Map<UUID, List<Integer>> byService = new LinkedHashMap<>();
		int[] inputs = structure.inputs[node];
		for (int k = 0; k < inputs.length; k++) {
			if (!structure.cycleBreak[node][k]) {
				int input = inputs[k];
				byService.computeIfAbsent(steps.get(input).serviceId(), (service) -> new ArrayList<>())
					.add(position[input]);
			}
		}
		return byService.values()
			.stream()
			.map((alternatives) -> alternatives.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	/**
	 * One depth-first walk from the customer-facing links that finds the links they
	 * depend on, an evaluation order (postorder: inputs before the links they feed), the
	 * inputs that close a cycle, and the links in cycles (Tarjan's strongly connected
	 * components). Iterative, so long chains cannot overflow the stack.
	 */
	private static final class Structure {

		final int[][] inputs;

		final boolean[][] cycleBreak;

		final boolean[] customerFacing;

		final boolean[] inCycle;

		final List<Integer> roots = new ArrayList<>();

		final List<Integer> postorder = new ArrayList<>();

		Structure(List<ChainStep> steps, List<UUID> customerLinkIds) {
			int count = steps.size();
			Map<UUID, Integer> index = new HashMap<>();
			for (int node = 0; node < count; node++) {
				ChainStep step = Objects.requireNonNull(steps.get(node), "steps must not contain null");
				if (index.put(step.linkId(), node) != null) {
					throw new IllegalArgumentException("link " + step.linkId() + " appears in more than one step");
				}
			}
			this.inputs = new int[count][];
			this.cycleBreak = new boolean[count][];
			for (int node = 0; node < count; node++) {
				ChainStep step = steps.get(node);
				this.inputs[node] = step.inputLinkIds()
					.stream()
					.mapToInt((input) -> known(index, input, "input of link " + step.linkId()))
					.toArray();
				this.cycleBreak[node] = new boolean[this.inputs[node].length];
			}
			if (customerLinkIds.isEmpty()) {
				throw new IllegalArgumentException("customerLinkIds must name at least one customer-facing link");
			}
			this.customerFacing = new boolean[count];
			for (UUID customerLinkId : customerLinkIds) {
				int root = known(index, customerLinkId, "customer-facing link");
				if (this.customerFacing[root]) {
					throw new IllegalArgumentException("customer-facing link " + customerLinkId + " is named twice");
				}
				this.customerFacing[root] = true;
				this.roots.add(root);
			}
			this.inCycle = new boolean[count];
			walk(count);
		}

		private static int known(Map<UUID, Integer> index, UUID linkId, String role) {
			Integer node = index.get(Objects.requireNonNull(linkId, role + " must not be null"));
			if (node == null) {
				throw new IllegalArgumentException(role + " " + linkId + " is not among the steps");
			}
			return node;
		}

		private void walk(int count) {
			int[] order = new int[count];
			Arrays.fill(order, NONE);
			int[] low = new int[count];
			boolean[] onPath = new boolean[count];
			boolean[] onStack = new boolean[count];
			int[] stack = new int[count];
			int stackSize = 0;
			int[] pathNode = new int[count];
			int[] pathNext = new int[count];
			int pathSize = 0;
			int visited = 0;
			for (int root : this.roots) {
				if (order[root] != NONE) {
					continue;
				}
				order[root] = visited++;
				low[root] = order[root];
				onPath[root] = true;
				onStack[root] = true;
				stack[stackSize++] = root;
				pathNode[pathSize] = root;
				pathNext[pathSize++] = 0;
				while (pathSize > 0) {
					int node = pathNode[pathSize - 1];
					int next = pathNext[pathSize - 1];
					if (next < this.inputs[node].length) {
						pathNext[pathSize - 1]++;
						int input = this.inputs[node][next];
						if (order[input] == NONE) {
							order[input] = visited++;
							low[input] = order[input];
							onPath[input] = true;
							onStack[input] = true;
							stack[stackSize++] = input;
							pathNode[pathSize] = input;
							pathNext[pathSize++] = 0;
							continue;
						}
						if (onPath[input]) {
							// Waiting for this input would mean waiting for ourselves.
							this.cycleBreak[node][next] = true;
							if (input == node) {
								this.inCycle[node] = true;
							}
						}
						if (onStack[input]) {
							low[node] = Math.min(low[node], order[input]);
						}
						continue;
					}
					pathSize--;
					onPath[node] = false;
					this.postorder.add(node);
					if (pathSize > 0) {
						int parent = pathNode[pathSize - 1];
						low[parent] = Math.min(low[parent], low[node]);
					}
					if (low[node] == order[node]) {
						int member;
						boolean cycle = stack[stackSize - 1] != node;
						do {
							member = stack[--stackSize];
							onStack[member] = false;
							if (cycle) {
								this.inCycle[member] = true;
							}
						}
						while (member != node);
					}
				}
			}
		}

	}

}
