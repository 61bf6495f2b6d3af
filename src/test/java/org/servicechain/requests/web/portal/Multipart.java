package org.servicechain.requests.web.portal;

import java.util.Map;
import java.util.UUID;

import org.servicechain.testing.TestClient;

/**
 * A multipart form as a browser sends it when a form has a file input: text fields and
 * files, each file with the name the person gave it. Contents are text, so the body can
 * travel as a string.
 */
final class Multipart {

	private final String boundary = "----servicechain-" + UUID.randomUUID();

	private final StringBuilder body = new StringBuilder();

	static Multipart form() {
		return new Multipart();
	}

	Multipart field(String name, String value) {
		this.body.append("--")
			.append(this.boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
		return this;
	}

	/**
	 * A file; the browser's guess of its type is sent too, and the application must not
	 * believe it.
	 */
	Multipart file(String name, String fileName, String claimedType, String content) {
		this.body.append("--")
			.append(this.boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: ")
			.append(claimedType)
			.append("\r\n\r\n")
			.append(content)
			.append("\r\n");
		return this;
	}

	/**
	 * A file input left empty, as browsers send it.
	 */
	Multipart noFile(String name) {
		return file(name, "", "application/octet-stream", "");
	}

	TestClient.Response postTo(TestClient client, String path) {
		return client.send("POST", path, "multipart/form-data; boundary=" + this.boundary,
				this.body + "--" + this.boundary + "--\r\n", Map.of());
	}

}
