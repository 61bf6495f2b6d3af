package org.servicechain.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where to learn about a partner: its website, social media, trade press (CHAIN-5; NOS
 * K11).
 *
 * @param label what the source is, e.g. {@code LinkedIn}
 * @param url an http(s) address
 */
@Embeddable
public record InformationSource(
		@Column(name = "label", nullable = false, length = 80) @NotBlank @Size(max = 80) String label,
		@Column(name = "url", nullable = false, length = 500) @NotBlank @Size(max = 500) @Pattern(
				regexp = "https?://\\S+", message = "must be an http:// or https:// address") String url) {

}
