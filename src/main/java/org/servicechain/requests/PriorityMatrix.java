package org.servicechain.requests;

import java.util.EnumMap;
import java.util.Map;

import org.servicechain.agreements.Priority;

/**
 * Impact × urgency → priority (REQ-1, REQ-4; B10 2.4), as managers configure it. The
 * default is the common ITIL matrix: high impact and high urgency is P1; one step down on
 * either is P2; the diagonal is P3; the rest is P4. A value: configuring the matrix means
 * a new matrix.
 */
public record PriorityMatrix(Map<Level, Map<Level, Priority>> cells) {

	public PriorityMatrix {
		Map<Level, Map<Level, Priority>> copy = new EnumMap<>(Level.class);
		for (Level impact : Level.values()) {
			Map<Level, Priority> row = (cells != null) ? cells.get(impact) : null;
			Map<Level, Priority> rowCopy = new EnumMap<>(Level.class);
			for (Level urgency : Level.values()) {
				Priority priority = (row != null) ? row.get(urgency) : null;
				if (priority == null) {
					throw new IllegalArgumentException(
							"The matrix has no priority for impact " + impact + " and urgency " + urgency);
				}
				rowCopy.put(urgency, priority);
			}
			copy.put(impact, Map.copyOf(rowCopy));
		}
		cells = Map.copyOf(copy);
	}

	/**
	 * @return the common ITIL matrix.
	 */
	public static PriorityMatrix itil() {
		return new PriorityMatrix(Map.of(Level.HIGH,
				Map.of(Level.HIGH, Priority.P1, Level.MEDIUM, Priority.P2, Level.LOW, Priority.P3), Level.MEDIUM,
				Map.of(Level.HIGH, Priority.P2, Level.MEDIUM, Priority.P3, Level.LOW, Priority.P4), Level.LOW,
				Map.of(Level.HIGH, Priority.P3, Level.MEDIUM, Priority.P4, Level.LOW, Priority.P4)));
	}

	public Priority priorityOf(Level impact, Level urgency) {
		return this.cells.get(impact).get(urgency);
	}

	/**
	 * @return the matrix in its stored form, e.g. {@code HIGH/HIGH=P1,HIGH/MEDIUM=P2,…}.
	 */
	String encode() {
		StringBuilder text = new StringBuilder();
		for (Level impact : Level.values()) {
			for (Level urgency : Level.values()) {
				if (!text.isEmpty()) {
					text.append(',');
				}
				text.append(impact).append('/').append(urgency).append('=').append(priorityOf(impact, urgency));
			}
		}
		return text.toString();
	}

	static PriorityMatrix decode(String text) {
		Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);
		for (String cell : text.split(",")) {
			String[] keyValue = cell.strip().split("=");
			String[] levels = keyValue[0].split("/");
			cells.computeIfAbsent(Level.valueOf(levels[0]), (key) -> new EnumMap<>(Level.class))
				.put(Level.valueOf(levels[1]), Priority.valueOf(keyValue[1]));
		}
		return new PriorityMatrix(cells);
	}

}
