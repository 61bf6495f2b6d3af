package org.servicechain.chain.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.servicechain.chain.CustomerType;
import org.servicechain.chain.InformationSource;
import org.servicechain.chain.PartnerStatus;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;

/**
 * The party form as submitted. Information sources are typed one per line, "label URL".
 */
record PartyForm(@Nullable String name, @Nullable PartyKind kind, @Nullable Boolean internal,
		@Nullable CustomerType customerType, @Nullable String description, @Nullable PartnerStatus partnerStatus,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate partnerStatusSince, @Nullable String sources,
		@Nullable Long version) {

	static PartyForm empty(@Nullable PartyKind kind) {
		return new PartyForm("", kind, null, null, null, null, null, "", null);
	}

	static PartyForm of(PartyView party) {
		return new PartyForm(party.name(), party.kind(), party.internal(), party.customerType(), party.description(),
				party.partnerStatus(), party.partnerStatusSince(),
				String.join("\n", party.informationSources().stream().map((s) -> s.label() + " " + s.url()).toList()),
				party.version());
	}

	PartyForm withVersion(long newVersion) {
		return new PartyForm(this.name, this.kind, this.internal, this.customerType, this.description,
				this.partnerStatus, this.partnerStatusSince, this.sources, newVersion);
	}

	PartyDetails toDetails() {
		return new PartyDetails(this.name == null ? "" : this.name, this.kind, this.internal, this.customerType,
				this.description, this.partnerStatus, this.partnerStatusSince, parseSources());
	}

	private List<InformationSource> parseSources() {
		List<InformationSource> parsed = new ArrayList<>();
		if (this.sources == null) {
			return parsed;
		}
		for (String line : this.sources.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int space = trimmed.lastIndexOf(' ');
			String url = space < 0 ? trimmed : trimmed.substring(space + 1);
			String label = space < 0 ? url.replaceFirst("^https?://", "").replaceFirst("/.*$", "")
					: trimmed.substring(0, space).strip();
			parsed.add(new InformationSource(label, url));
		}
		return parsed;
	}

}
