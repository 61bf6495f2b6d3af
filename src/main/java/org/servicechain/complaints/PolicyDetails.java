package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The complaints policy as managers write it (CMP-2): the calendar the steps are measured
 * in, each step's timescale in business time, when people are warned, the follow-up
 * period, who may approve which remedy up to what value, the ombudsman, and the
 * acknowledgement template ({@code {customer}}, {@code {reference}}, {@code {finalDue}}
 * are filled in).
 */
public record PolicyDetails(@NotNull UUID calendarId, @NotNull Duration acknowledge, @NotNull Duration apologise,
		@NotNull Duration analyse, @NotNull Duration act, @NotNull Duration assure, @Min(1) @Max(99) int warningPercent,
		@Min(1) @Max(365) int followUpDays, @NotNull @DecimalMin("0") BigDecimal discretionLimit,
		@Nullable @DecimalMin("0") BigDecimal seniorThreshold, @Nullable @Min(1) @Max(9) Integer seniorLevel,
		@NotBlank @Size(max = 200) String ombudsmanName, @Min(1) @Max(24) int ombudsmanMonths,
		@NotBlank @Size(max = 4000) String acknowledgeTemplate) {

}
