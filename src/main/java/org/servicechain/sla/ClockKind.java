package org.servicechain.sla;

/**
 * The clocks a request can run at once: the customer's three and a pair per chain task.
 */
public enum ClockKind {

	FIRST_RESPONSE("First response"), RESOLUTION("Resolution"), KEEP_INFORMED("Keep informed"),
	TASK_RESPONSE("Task response"), TASK_RESOLUTION("Task resolution");

	private final String label;

	ClockKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean customers() {
		return this == FIRST_RESPONSE || this == RESOLUTION || this == KEEP_INFORMED;
	}

}
