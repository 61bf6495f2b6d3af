package org.servicechain.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * What a report is narrowed to (REP-1); every field but the period may be empty.
 *
 * @param service one service
 * @param team our team that owns the requests (the provider of their service)
 * @param partner one party of the chain: the clocks of its link, the requests handed to
 * it, the complaints attributed to it, the answers about requests it worked on
 * @param internal internal ({@literal true}) or external ({@literal false}) customers
 * @param from the first day of the period
 * @param to the last day of the period (included)
 */
public record ReportFilter(@Nullable UUID service, @Nullable UUID team, @Nullable UUID partner,
		@Nullable Boolean internal, LocalDate from, LocalDate to) {

	/**
	 * @return the same filter for another party (the caller's own, for partners)
	 */
	public ReportFilter withPartner(@Nullable UUID party) {
		return new ReportFilter(this.service, this.team, party, this.internal, this.from, this.to);
	}

	public ReportFilter withPeriod(LocalDate from, LocalDate to) {
		return new ReportFilter(this.service, this.team, this.partner, this.internal, from, to);
	}

	/**
	 * @return the filter as query parameters (a pin or schedule stores it so), period
	 * included
	 */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.service != null) {
			parameters.put("service", this.service.toString());
		}
		if (this.team != null) {
			parameters.put("team", this.team.toString());
		}
		if (this.partner != null) {
			parameters.put("partner", this.partner.toString());
		}
		if (this.internal != null) {
			parameters.put("customers", this.internal ? "internal" : "external");
		}
		parameters.put("from", this.from.toString());
		parameters.put("to", this.to.toString());
		return parameters;
	}

	/**
	 * @return the filter as a query string, without the period (pins and schedules count
	 * their own period)
	 */
	public String query() {
		List<String> parts = new ArrayList<>();
		parameters().forEach((name, value) -> {
			if (!name.equals("from") && !name.equals("to")) {
				parts.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return String.join("&", parts);
	}

	/**
	 * Reads a stored query string back (the period given apart).
	 */
	public static ReportFilter fromQuery(String query, LocalDate from, LocalDate to) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String part : query.split("&")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				values.put(part.substring(0, eq),
						java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return of(values.get("service"), values.get("team"), values.get("partner"), values.get("customers"), from, to);
	}

	/**
	 * Reads a filter from request parameters.
	 * @throws InvalidInputException naming the field when one is malformed
	 */
	public static ReportFilter of(@Nullable String service, @Nullable String team, @Nullable String partner,
			@Nullable String customers, LocalDate from, LocalDate to) {
		Boolean internal = null;
		if (customers != null && !customers.isBlank()) {
			internal = switch (customers) {
				case "internal" -> true;
				case "external" -> false;
				default -> throw new InvalidInputException("customers", "one-of", "internal or external");
			};
		}
		return new ReportFilter(id("service", service), id("team", team), id("partner", partner), internal, from, to);
	}

	private static @Nullable UUID id(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "uuid", "choose one from the list");
		}
	}

}
