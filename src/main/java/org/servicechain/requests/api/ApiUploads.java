package org.servicechain.requests.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

import org.servicechain.requests.Upload;

/**
 * Files sent with a multipart request, as the module receives them.
 */
final class ApiUploads {

	private ApiUploads() {
	}

	static List<Upload> of(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter((file) -> !file.isEmpty() || file.getOriginalFilename() != null).map((file) -> {
			try {
				return new Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

}
