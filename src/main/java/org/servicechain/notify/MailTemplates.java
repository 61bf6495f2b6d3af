package org.servicechain.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Mail templates per event and language (INT-3): the subject and the plain text body are
 * rendered with Thymeleaf's TEXT mode, the HTML body with its HTML mode (escaping what is
 * inserted). Administrators' versions are stored; the defaults are
 * {@code notify/mail/<event>.<language>.{subject,txt,html}} on the classpath, falling
 * back to {@code default.<language>} and then to English. Every subject carries the
 * reference of what it is about, in brackets, whatever the template says.
 */
@Component
class MailTemplates {

	static final List<String> LANGUAGES = List.of("en", "de");

	private final MailTemplateRepository stored;

	private final TemplateEngine text = engine(TemplateMode.TEXT);

	private final TemplateEngine html = engine(TemplateMode.HTML);

	MailTemplates(MailTemplateRepository stored) {
		this.stored = stored;
	}

	record Rendered(String subject, String text, String html) {

	}

	record Source(String subject, String text, String html, boolean customised, long version) {

	}

	static Map<String, Object> variables(String reference, String title, @Nullable String body, String link,
			String recipientName, NotifyEvent event) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("reference", reference);
		variables.put("title", title);
		variables.put("body", body);
		variables.put("link", link);
		variables.put("recipientName", recipientName);
		variables.put("event", event.label());
		return variables;
	}

	Rendered render(NotifyEvent event, String language, Map<String, Object> variables) {
		Source source = source(event, language);
		return render(source.subject(), source.text(), source.html(), variables);
	}

	Rendered render(String subject, String textBody, String htmlBody, Map<String, Object> variables) {
		Context context = new Context(java.util.Locale.ROOT, variables);
		String renderedSubject = this.text.process(subject, context).replaceAll("[\\r\\n]+", " ").strip();
		String reference = String.valueOf(variables.get("reference"));
		if (!renderedSubject.contains(reference)) {
			renderedSubject = "[" + reference + "] " + renderedSubject;
		}
		return new Rendered(Texts.cut(renderedSubject, 400), this.text.process(textBody, context),
				this.html.process(htmlBody, context));
	}

	/**
	 * Renders the three parts with sample values and refuses any that does not parse or
	 * evaluate, naming the part.
	 */
	void validate(String subject, String textBody, String htmlBody) {
		Context context = new Context(java.util.Locale.ROOT, variables("REQ-1001", "Sample title", "Sample body",
				"http://localhost/requests/1", "Sample Person", NotifyEvent.REQUEST_REPLY));
		List<FieldViolation> violations = new java.util.ArrayList<>();
		check(violations, "subject", subject, this.text, context, 400);
		check(violations, "textBody", textBody, this.text, context, 20000);
		check(violations, "htmlBody", htmlBody, this.html, context, 40000);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void check(List<FieldViolation> violations, String field, String template, TemplateEngine engine,
			Context context, int max) {
		if (template == null || template.isBlank()) {
			violations.add(new FieldViolation(field, "required", field + " must not be empty"));
			return;
		}
		if (template.length() > max) {
			violations.add(new FieldViolation(field, "size", field + " must be at most " + max + " characters"));
			return;
		}
		try {
			engine.process(template, context);
		}
		catch (TemplateEngineException | IllegalArgumentException | IllegalStateException ex) {
			violations.add(new FieldViolation(field, "template-syntax",
					"the template does not parse: " + Texts.cut(String.valueOf(rootMessage(ex)), 300)));
		}
	}

	private static @Nullable String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : ex.getMessage();
	}

	Source source(NotifyEvent event, String language) {
		Optional<MailTemplate> changed = this.stored.findById(new MailTemplate.Key(event.key(), language));
		if (changed.isPresent()) {
			return new Source(changed.get().getSubject(), changed.get().getTextBody(), changed.get().getHtmlBody(),
					true, changed.get().getVersion());
		}
		return defaults(event, language);
	}

	Source defaults(NotifyEvent event, String language) {
		for (String name : List.of(event.key() + "." + language, "default." + language, event.key() + ".en",
				"default.en")) {
			Optional<String> subject = classpath(name + ".subject");
			if (subject.isPresent()) {
				return new Source(subject.get().strip(), classpath(name + ".txt").orElseThrow(),
						classpath(name + ".html").orElseThrow(), false, 0);
			}
		}
		throw new IllegalStateException("No default mail template on the classpath");
	}

	private static Optional<String> classpath(String name) {
		ClassPathResource resource = new ClassPathResource("notify/mail/" + name);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read mail template " + name, ex);
		}
	}

	private static TemplateEngine engine(TemplateMode mode) {
		// Templates are given as strings (stored or from the classpath), never looked up
		// by name; SpEL as in the application's pages.
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(mode);
		resolver.setCacheable(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
