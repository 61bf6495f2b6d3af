package org.servicechain.notices;

/**
 * What a service notice announces: work planned ahead, or an incident under way.
 */
public enum NoticeKind {

	PLANNED_WORK("Planned work"), INCIDENT("Incident");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
