package org.servicechain.requests.web.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

import org.servicechain.requests.Upload;
import org.servicechain.requests.web.Uploads;

/**
 * The files chosen in a form's file input, as the requests module takes them.
 */
final class FormFiles {

	private FormFiles() {
	}

	/**
	 * @return the files chosen; an input left empty sends one part without a name or
	 * bytes, which is no file.
	 */
	static List<Upload> of(@Nullable List<MultipartFile> files) {
		return Uploads.of(files);
	}

	/**
	 * The module names a bad file by its place ({@code attachments[1]}); the form has one
	 * file input, so every such message belongs next to it, each file's message kept.
	 * @param form the form's name on a page with several forms (errors become
	 * {@code reply.body}), or empty
	 * @return the errors keyed by the form's field names
	 */
	static Map<String, String> fieldsOf(String form, Map<String, String> errors) {
		Map<String, String> fields = new LinkedHashMap<>();
		errors.forEach((field, message) -> {
			String name = field.startsWith("attachments") ? "attachments" : field;
			String key = form.isEmpty() ? name : form + "." + name;
			fields.merge(key, message, (first, next) -> first + "; " + next);
		});
		return fields;
	}

}
