package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * A request with its past, as another service desk (or the demo) hands it over: what was
 * raised, when and by whom, and every step since, each at the instant it happened (REQ-1,
 * REQ-2). {@link RequestImport} replays the steps through the same lifecycle arrows as
 * the live commands, so the history, and every clock derived from it, carries the real
 * instants.
 *
 * <p>
 * The steps are taken literally: a reply does not move the request, a task that ends does
 * not resume it. The source desk's own status changes say when it moved, and each is
 * checked against the arrows that exist.
 *
 * @param raisedBy the login name of the user who raised it (a customer of the requester's
 * party, or staff); the importer when left out
 * @param channel how it reached the desk it comes from
 * @param raisedAt when it was raised; not in the future
 * @param steps what happened since, oldest first, none before {@code raisedAt}
 */
public record ImportedRequest(@NotNull UUID requester, @NotNull UUID service, @NotBlank @Size(max = 200) String summary,
		@NotBlank @Size(max = 20000) String description, @NotNull Level impact, @NotNull Level urgency,
		@Nullable @Size(max = 80) String category, @Nullable Priority priority,
		@Nullable @Size(max = 500) String priorityReason, @NotNull RequestChannel channel, @NotNull Instant raisedAt,
		@Nullable @Size(max = 100) String raisedBy, @NotNull @Size(max = 1000) List<@Valid @NotNull Step> steps) {

	/**
	 * One thing that happened to the request. {@code by} is the login name of the user
	 * who did it; when left out, the step is recorded as the importer's (and a task step
	 * as the party's, without naming a person).
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Reply.class, name = "reply"),
			@JsonSubTypes.Type(value = CustomerReply.class, name = "customer-reply"),
			@JsonSubTypes.Type(value = Note.class, name = "note"),
			@JsonSubTypes.Type(value = Assign.class, name = "assign"),
			@JsonSubTypes.Type(value = StatusChange.class, name = "status"),
			@JsonSubTypes.Type(value = PriorityChange.class, name = "priority"),
			@JsonSubTypes.Type(value = Escalation.class, name = "escalation"),
			@JsonSubTypes.Type(value = TaskHandedOver.class, name = "task-handed-over"),
			@JsonSubTypes.Type(value = TaskAccepted.class, name = "task-accepted"),
			@JsonSubTypes.Type(value = TaskMessage.class, name = "task-message"),
			@JsonSubTypes.Type(value = TaskCompleted.class, name = "task-completed"),
			@JsonSubTypes.Type(value = TaskDeclined.class, name = "task-declined"),
			@JsonSubTypes.Type(value = TaskCancelled.class, name = "task-cancelled") })
	public sealed interface Step {

		Instant at();

		@Nullable String by();

	}

	/**
	 * A public reply by our staff; the first is the first response.
	 *
	 * @param minutesSpent the time recorded for it (time accounting), if any
	 */
	public record Reply(@NotNull Instant at, @Nullable String by, @NotBlank @Size(max = 20000) String body,
			@Nullable @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(1440) Integer minutesSpent)
			implements
				Step {

		public Reply(Instant at, @Nullable String by, String body) {
			this(at, by, body, null);
		}

	}

	/** A reply by the customer. */
	public record CustomerReply(@NotNull Instant at, @Nullable String by,
			@NotBlank @Size(max = 20000) String body) implements Step {

	}

	/** An internal note among staff. */
	public record Note(@NotNull Instant at, @Nullable String by,
			@NotBlank @Size(max = 20000) String body) implements Step {

	}

	/**
	 * The request given to a member of staff of its team ({@code assignee} null: to
	 * nobody).
	 */
	public record Assign(@NotNull Instant at, @Nullable String by, @Nullable String assignee,
			@Nullable @Size(max = 1000) String reason) implements Step {

	}

	/**
	 * One arrow of the lifecycle, with its reason; {@code OPEN} takes, resumes or reopens
	 * the request, whichever applies. A customer may only confirm ({@code CLOSED}) or
	 * reopen ({@code OPEN}) a resolved request.
	 */
	public record StatusChange(@NotNull Instant at, @Nullable String by, @NotNull RequestStatus to,
			@NotBlank @Size(max = 1000) String reason) implements Step {

	}

	/** A new priority, with its reason; the due times follow from the raising. */
	public record PriorityChange(@NotNull Instant at, @Nullable String by, @NotNull Priority to,
			@NotBlank @Size(max = 1000) String reason) implements Step {

	}

	/** The customer escalated an overdue or urgent request. */
	public record Escalation(@NotNull Instant at, @Nullable String by,
			@NotBlank @Size(max = 1000) String reason) implements Step {

	}

	/**
	 * Work handed to a team or supplier upstream of the service; it becomes task number
	 * 1, 2, … of the request in the order handed over, which later steps name.
	 */
	public record TaskHandedOver(@NotNull Instant at, @Nullable String by, @NotNull UUID party, @Nullable UUID link,
			@NotBlank @Size(max = 200) String summary, @NotBlank @Size(max = 4000) String needed,
			boolean sharePersonalData, @Nullable @Size(max = 500) String shareReason,
			@Nullable @Size(max = 500) String offChainReason) implements Step {

	}

	/** The party took the task on. */
	public record TaskAccepted(@NotNull Instant at, @Nullable String by, @Positive int task) implements Step {

	}

	/** A message on a task, from the party ({@code fromParty}) or from our side. */
	public record TaskMessage(@NotNull Instant at, @Nullable String by, @Positive int task, boolean fromParty,
			@NotBlank @Size(max = 20000) String body) implements Step {

	}

	/** The party did the work; {@code outcome} says what was done. */
	public record TaskCompleted(@NotNull Instant at, @Nullable String by, @Positive int task,
			@NotBlank @Size(max = 4000) String outcome) implements Step {

	}

	/** The party would not take the task on, with its reason. */
	public record TaskDeclined(@NotNull Instant at, @Nullable String by, @Positive int task,
			@NotBlank @Size(max = 1000) String reason) implements Step {

	}

	/** Our side withdrew the task, with its reason. */
	public record TaskCancelled(@NotNull Instant at, @Nullable String by, @Positive int task,
			@NotBlank @Size(max = 1000) String reason) implements Step {

	}

}
