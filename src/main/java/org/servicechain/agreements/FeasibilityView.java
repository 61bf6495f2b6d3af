package org.servicechain.agreements;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.feasibility.Verdict;

/**
 * Whether a customer promise (one service, one priority) can be kept by the agreements
 * along the chain beneath it, in words people read (AGREE-4).
 *
 * @param worstStart when a request raised makes the promise hardest to keep, in the
 * promise's zone
 * @param worstSlack wall-clock time to spare at the worst start; negative is a deficit
 * @param worstSlackWorking the same in the promise's working time
 */
public record FeasibilityView(UUID serviceId, String serviceName, Priority priority, Verdict verdict, Duration promise,
		String promiseZone, LocalDateTime worstStart, Duration worstSlack, Duration worstSlackWorking,
		Duration bestSlack, List<Step> criticalPath, @Nullable String bottleneck, List<String> linksWithoutAgreement,
		List<String> cycleLinks, int startsEvaluated) {

	public String promiseText() {
		return AgreementManagement.hours(this.promise);
	}

	public String worstSlackText() {
		return describe(this.worstSlack);
	}

	public String worstSlackWorkingText() {
		return describe(this.worstSlackWorking);
	}

	static String describe(Duration duration) {
		String amount = AgreementManagement.hours(duration.abs());
		return duration.isNegative() ? amount + " short" : amount + " to spare";
	}

	/**
	 * One link on the critical path, from the furthest supplier to the customer-facing
	 * link.
	 */
	public record Step(UUID linkId, String link, @Nullable UUID agreementId, @Nullable String agreement,
			@Nullable String target, @Nullable String zone, LocalDateTime ready, LocalDateTime finish,
			String contribution, boolean bottleneck) {

	}

}
