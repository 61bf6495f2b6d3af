package org.servicechain.requests;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the desk works now, as managers last set it (read per command; one row).
 */
@Component
class DeskRules {

	private final DeskSettingsRepository settings;

	DeskRules(DeskSettingsRepository settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	DeskSettings settings() {
		return this.settings.findById(DeskSettings.ID).orElseThrow();
	}

	PriorityMatrix matrix() {
		return settings().matrix();
	}

	List<String> categories() {
		return settings().categories();
	}

}
