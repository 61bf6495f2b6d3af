package org.servicechain.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.NotFoundException;

/**
 * Checklist templates (FB-7): designed and edited by managers, read by staff who schedule
 * or conduct audits. An edit raises the template's revision; audits keep the items they
 * were scheduled with.
 */
@Service
public class AuditTemplates {

	static final String ENTITY = "AuditTemplate";

	private final ChecklistTemplates templates;

	private final Audits audits;

	private final AuditAccessPolicy access;

	private final AuditTrail audit;

	private final Clock clock;

	AuditTemplates(ChecklistTemplates templates, Audits audits, AuditAccessPolicy access, AuditTrail audit,
			Clock clock) {
		this.templates = templates;
		this.audits = audits;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TemplateView> templates() {
		this.access.requireStaff();
		return this.templates.findAllByOrderByNameAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public TemplateView template(UUID id) {
		this.access.requireStaff();
		return view(load(id));
	}

	@Transactional
	public TemplateView create(TemplateDetails details) {
		this.access.requireManage();
		details.validate();
		ChecklistTemplate template = new ChecklistTemplate(details, Instant.now(this.clock));
		this.templates.saveAndFlush(template);
		this.audit.created(ENTITY, template);
		return view(template);
	}

	@Transactional
	public TemplateView update(UUID id, long version, TemplateDetails details) {
		this.access.requireManage();
		ChecklistTemplate template = load(id);
		this.audit.checkVersion(ENTITY, template, version);
		details.validate();
		Map<String, String> before = template.auditSnapshot();
		template.apply(details, Instant.now(this.clock));
		this.templates.saveAndFlush(template);
		this.audit.updated(ENTITY, before, template);
		return view(template);
	}

	ChecklistTemplate load(UUID id) {
		return this.templates.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private TemplateView view(ChecklistTemplate template) {
		return template.toView(this.audits.countByTemplateId(template.getId()));
	}

}
