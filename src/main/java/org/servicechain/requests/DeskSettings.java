package org.servicechain.requests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.servicechain.shared.Auditable;

/**
 * How the service desk works, as managers set it: the priority matrix, the categories
 * offered when a request is raised, how many days a resolved request waits for the
 * customer before it is closed, and whether new requests are assigned automatically. One
 * row, versioned and audited like any record.
 */
@Entity
@Table(name = "desk_settings")
class DeskSettings implements Auditable {

	static final UUID ID = new UUID(0, 1);

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "priority_matrix", nullable = false, length = 300)
	private String priorityMatrix;

	@Column(nullable = false, length = 2000)
	private String categories;

	@Column(name = "close_after_days", nullable = false)
	private int closeAfterDays;

	@Column(name = "auto_assign", nullable = false)
	private boolean autoAssign;

	protected DeskSettings() {
		this.id = ID;
		this.priorityMatrix = PriorityMatrix.itil().encode();
		this.categories = "";
		this.closeAfterDays = 5;
	}

	void change(PriorityMatrix matrix, List<String> categories, int closeAfterDays, boolean autoAssign) {
		this.priorityMatrix = matrix.encode();
		this.categories = String.join("\n", categories);
		this.closeAfterDays = closeAfterDays;
		this.autoAssign = autoAssign;
	}

	PriorityMatrix matrix() {
		return PriorityMatrix.decode(this.priorityMatrix);
	}

	List<String> categories() {
		return Arrays.stream(this.categories.split("\n")).map(String::strip).filter((c) -> !c.isEmpty()).toList();
	}

	int closeAfterDays() {
		return this.closeAfterDays;
	}

	boolean autoAssign() {
		return this.autoAssign;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("priorityMatrix", this.priorityMatrix);
		snapshot.put("categories", String.join(", ", categories()));
		snapshot.put("closeAfterDays", String.valueOf(this.closeAfterDays));
		snapshot.put("autoAssign", String.valueOf(this.autoAssign));
		return snapshot;
	}

}
