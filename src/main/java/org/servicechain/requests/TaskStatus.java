package org.servicechain.requests;

/**
 * Where a chain task stands (REQ-2): handed over to the party upstream → accepted by it →
 * (a question back to the requester's agent → answered) → completed with an outcome; or
 * declined by the party, or cancelled by the agent.
 */
public enum TaskStatus {

	HANDED_OVER("Handed over"), ACCEPTED("Accepted"), QUERIED("Question for our agent"), COMPLETED("Completed"),
	DECLINED("Declined"), CANCELLED("Cancelled");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean active() {
		return this == HANDED_OVER || this == ACCEPTED || this == QUERIED;
	}

	public String tone() {
		return switch (this) {
			case HANDED_OVER -> "warn";
			case ACCEPTED -> "internal";
			case QUERIED -> "external";
			case COMPLETED -> "ok";
			case DECLINED, CANCELLED -> "neutral";
		};
	}

}
