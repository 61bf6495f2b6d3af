package org.servicechain.requests.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

import org.servicechain.requests.Upload;

/**
 * Files chosen in a form. A file input left empty sends one part with no name and no
 * bytes, which is not an attachment.
 */
public final class Uploads {

	private Uploads() {
	}

	public static List<Upload> of(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
			.map((file) -> {
				try {
					return new Upload(file.getOriginalFilename(), file.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.toList();
	}

}
