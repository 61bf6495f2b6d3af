package org.servicechain.chain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.CsvCells;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Parties and their contacts in and out as CSV, with Apache Commons CSV (REC-1, INT-4).
 * One row per contact, its party's columns repeated; a party without contacts is one row
 * with the contact columns empty. The export is the import's format, and safe against
 * formula injection ({@link CsvCells}). An import first checks every row as creating it
 * would (the fields, the rules, possible duplicates) and, unless it is a dry run, then
 * saves the valid rows in one transaction, or nothing when asked to save only a file
 * without errors.
 */
@Service
public class PartyRecords {

	/** The columns, in order; the import finds them by name, ignoring case. */
	public static final List<String> COLUMNS = List.of("party", "kind", "internal", "customer_type", "description",
			"contact", "job_role", "email", "phone", "preferred_channel", "postal_address", "postcode");

	/** At most this many rows in one file. */
	public static final int MAX_ROWS = 5000;

	private final ChainManagement chain;

	private final ChainAccessPolicy policy;

	private final Parties parties;

	private final Contacts contacts;

	private final Duplicates duplicates;

	private final Validator validator;

	PartyRecords(ChainManagement chain, ChainAccessPolicy policy, Parties parties, Contacts contacts,
			Duplicates duplicates, Validator validator) {
		this.chain = chain;
		this.policy = policy;
		this.parties = parties;
		this.contacts = contacts;
		this.duplicates = duplicates;
		this.validator = validator;
	}

	/**
	 * Writes every party that was not merged into another, with its contacts, as CSV
	 * (staff only).
	 */
	@Transactional(readOnly = true)
	public void export(Writer writer) {
		this.policy.requireRead();
		Map<UUID, List<Contact>> byParty = this.contacts.findAll()
			.stream()
			.collect(Collectors.groupingBy(Contact::getPartyId));
		try {
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
			for (Party party : this.parties.findAll(org.springframework.data.domain.Sort.by("nameKey"))) {
				if (party.getMergedIntoId() != null) {
					continue;
				}
				PartyView view = party.toView();
				List<Contact> people = byParty.getOrDefault(party.getId(), List.of())
					.stream()
					.sorted(Comparator.comparing(Contact::getName))
					.toList();
				if (people.isEmpty()) {
					printer.printRecord(partyCells(view, null));
				}
				for (Contact contact : people) {
					printer.printRecord(partyCells(view, contact.toView(view.name(), null, Map.of())));
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> partyCells(PartyView party, @Nullable ContactView contact) {
		List<String> cells = new ArrayList<>();
		cells.add(CsvCells.safe(party.name()));
		cells.add(party.kind().name());
		cells.add(String.valueOf(party.internal()));
		cells.add(party.customerType() != null ? party.customerType().name() : "");
		cells.add(CsvCells.safe(party.description()));
		cells.add(contact != null ? CsvCells.safe(contact.name()) : "");
		cells.add(contact != null ? CsvCells.safe(contact.jobRole()) : "");
		cells.add(contact != null ? CsvCells.safe(contact.email()) : "");
		// E.164 starts with '+': kept as the text it is by the apostrophe.
		cells.add(contact != null ? CsvCells.safe(contact.phone()) : "");
		cells.add(contact != null && contact.preferredChannel() != null ? contact.preferredChannel().name() : "");
		cells.add(contact != null ? CsvCells.safe(contact.postalAddress()) : "");
		cells.add(contact != null ? CsvCells.safe(contact.postcode()) : "");
		return cells;
	}

	/**
	 * Checks and, unless {@code dryRun}, imports parties and contacts from CSV
	 * (administrators and managers).
	 * @param onlyIfAllValid save nothing when any row has an error (or is a possible
	 * duplicate that is not allowed)
	 * @param allowDuplicates also save the rows that look like records already kept
	 * @throws InvalidInputException ({@code file}) when the file cannot be read as CSV
	 * with the columns
	 */
	@Transactional
	public PartyImportResult importCsv(String csv, boolean dryRun, boolean onlyIfAllValid, boolean allowDuplicates) {
		this.policy.requireEdit();
		List<Planned> plan = plan(csv);
		List<PartyImportResult.Row> rows = new ArrayList<>();
		boolean blocked = plan.stream()
			.anyMatch((p) -> p.status() == PartyImportResult.Status.INVALID
					|| (!allowDuplicates && p.status() == PartyImportResult.Status.DUPLICATE));
		if (dryRun || (onlyIfAllValid && blocked)) {
			plan.forEach((p) -> rows.add(p.row(p.status())));
			return new PartyImportResult(dryRun, rows, 0,
					dryRun ? null : "Nothing was saved: some rows have errors or possible duplicates");
		}
		Map<String, UUID> created = new HashMap<>();
		int saved = 0;
		for (Planned p : plan) {
			boolean save = p.status() == PartyImportResult.Status.VALID
					|| (allowDuplicates && p.status() == PartyImportResult.Status.DUPLICATE);
			if (!save) {
				rows.add(p.row(p.status()));
				continue;
			}
			UUID partyId = p.partyId();
			if (partyId == null) {
				String key = Party.nameKey(p.party().name());
				partyId = created.get(key);
				if (partyId == null) {
					partyId = this.chain.createParty(p.party(), true).id();
					created.put(key, partyId);
				}
			}
			if (p.contact() != null) {
				this.chain.createContact(partyId, p.contact(), true);
			}
			saved++;
			rows.add(p.row(PartyImportResult.Status.SAVED));
		}
		return new PartyImportResult(false, rows, saved, null);
	}

	private record Planned(int line, PartyDetails party, @Nullable UUID partyId, @Nullable ContactDetails contact,
			List<FieldViolation> errors, List<DuplicateCandidate> duplicates) {

		PartyImportResult.Status status() {
			if (!this.errors.isEmpty()) {
				return PartyImportResult.Status.INVALID;
			}
			return this.duplicates.isEmpty() ? PartyImportResult.Status.VALID : PartyImportResult.Status.DUPLICATE;
		}

		PartyImportResult.Row row(PartyImportResult.Status status) {
			return new PartyImportResult.Row(this.line, this.party.name(),
					this.contact != null ? this.contact.name() : null, status, this.errors, this.duplicates);
		}

	}

	private List<Planned> plan(String csv) {
		List<CSVRecord> records;
		Map<String, String> columns;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
			columns = parser.getHeaderNames()
				.stream()
				.collect(Collectors.toMap((name) -> name.strip().toLowerCase(Locale.ROOT), Function.identity(),
						(a, b) -> a));
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidInputException("file", "csv", "the file is not CSV with a header row: " + ex.getMessage());
		}
		if (!columns.containsKey("party")) {
			throw new InvalidInputException("file", "columns",
					"the header row needs at least the column 'party'; the columns are " + String.join(", ", COLUMNS));
		}
		if (records.size() > MAX_ROWS) {
			throw new InvalidInputException("file", "rows", "at most " + MAX_ROWS + " rows in one file");
		}
		Map<String, PartyDetails> newParties = new HashMap<>();
		Map<String, Integer> seenEmails = new HashMap<>();
		Map<String, Integer> seenPhones = new HashMap<>();
		List<Planned> plan = new ArrayList<>();
		for (CSVRecord record : records) {
			int line = (int) record.getRecordNumber() + 1;
			Function<String, @Nullable String> cell = (column) -> {
				String header = columns.get(column);
				if (header == null || !record.isMapped(header) || !record.isSet(header)) {
					return null;
				}
				String value = record.get(header);
				// An apostrophe our export put before = + - @ is not part of the value.
				if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
					value = value.substring(1);
				}
				return value.isBlank() ? null : value.strip();
			};
			plan.add(planRow(line, cell, newParties, seenEmails, seenPhones));
		}
		return plan;
	}

	private Planned planRow(int line, Function<String, @Nullable String> cell, Map<String, PartyDetails> newParties,
			Map<String, Integer> seenEmails, Map<String, Integer> seenPhones) {
		List<FieldViolation> errors = new ArrayList<>();
		List<DuplicateCandidate> found = new ArrayList<>();
		String name = Optional.ofNullable(cell.apply("party")).orElse("");
		PartyKind kind = enumCell(cell, "kind", PartyKind.class, errors);
		CustomerType customerType = enumCell(cell, "customer_type", CustomerType.class, errors);
		Channel channel = enumCell(cell, "preferred_channel", Channel.class, errors);
		Boolean internal = null;
		String internalCell = cell.apply("internal");
		if (internalCell != null) {
			switch (internalCell.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "internal" -> internal = true;
				case "false", "no", "external" -> internal = false;
				default -> errors.add(new FieldViolation("internal", "boolean", "give true or false"));
			}
		}
		PartyDetails party = new PartyDetails(name, kind != null ? kind : PartyKind.CUSTOMER, internal, customerType,
				cell.apply("description"), null, null, List.of());
		String key = Party.nameKey(name);
		Optional<Party> existing = name.isBlank() ? Optional.empty() : this.parties.findByNameKey(key);
		UUID partyId = existing.map(Party::getId).orElse(null);
		boolean customer;
		if (name.isBlank()) {
			errors.add(new FieldViolation("party", "required", "give the party's name"));
			customer = false;
		}
		else if (existing.isPresent()) {
			customer = existing.get().isCustomer();
			if (existing.get().getMergedIntoId() != null) {
				errors.add(new FieldViolation("party", "merged",
						"'" + name + "' was merged into another party; use that party's name"));
			}
		}
		else if (newParties.containsKey(key)) {
			customer = newParties.get(key).kind() == PartyKind.CUSTOMER;
		}
		else {
			if (kind == null && errors.stream().noneMatch((e) -> e.field().equals("kind"))) {
				errors.add(new FieldViolation("kind", "required",
						"a new party needs its kind: " + String.join(", ", names(PartyKind.values()))));
			}
			errors.addAll(beanErrors(party, ""));
			if (kind != null) {
				try {
					this.chain.checkParty(party);
				}
				catch (InvalidInputException ex) {
					errors.addAll(ex.getViolations());
				}
				if (kind == PartyKind.CUSTOMER) {
					found.addAll(this.duplicates.ofParty(name, null));
				}
			}
			if (errors.isEmpty()) {
				newParties.put(key, party);
			}
			customer = kind == PartyKind.CUSTOMER;
		}
		ContactDetails contact = null;
		String contactName = cell.apply("contact");
		if (contactName != null || cell.apply("email") != null || cell.apply("phone") != null) {
			contact = new ContactDetails(Optional.ofNullable(contactName).orElse(""), cell.apply("job_role"),
					cell.apply("email"), cell.apply("phone"), channel, null, null, null, null, null, null, null, null,
					null, cell.apply("postal_address"), cell.apply("postcode"));
			List<FieldViolation> contactErrors = new ArrayList<>(beanErrors(contact, "contact"));
			contactErrors.removeIf(
					(e) -> e.field().equals("email") || e.field().equals("phone") || e.field().equals("postcode"));
			try {
				contact = this.chain.checkContact(partyId != null ? partyId : UUID.randomUUID(), contact);
			}
			catch (InvalidInputException ex) {
				contactErrors.addAll(ex.getViolations());
			}
			errors.addAll(contactErrors);
			if (contactErrors.isEmpty() && customer) {
				if (partyId != null) {
					found.addAll(this.duplicates.ofContact(partyId, contact, null));
				}
				else {
					found.addAll(this.duplicates.ofContact(UUID.randomUUID(), contact, null));
				}
				String emailKey = Contact.emailKey(contact.email());
				if (emailKey != null && seenEmails.containsKey(emailKey)) {
					found.add(earlierRow(seenEmails.get(emailKey), contact.name(), "same-email"));
				}
				if (contact.phone() != null && seenPhones.containsKey(contact.phone())) {
					found.add(earlierRow(seenPhones.get(contact.phone()), contact.name(), "same-phone"));
				}
			}
			if (contactErrors.isEmpty()) {
				String emailKey = Contact.emailKey(contact.email());
				if (emailKey != null) {
					seenEmails.putIfAbsent(emailKey, line);
				}
				if (contact.phone() != null) {
					seenPhones.putIfAbsent(contact.phone(), line);
				}
			}
		}
		return new Planned(line, party, partyId, contact, List.copyOf(errors), List.copyOf(found));
	}

	private static DuplicateCandidate earlierRow(int line, String name, String reason) {
		UUID none = new UUID(0, line);
		return new DuplicateCandidate("row", none, name + " (row " + line + ")", none, "this file", reason);
	}

	private List<FieldViolation> beanErrors(Object details, String prefix) {
		List<FieldViolation> errors = new ArrayList<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(details)) {
			String path = violation.getPropertyPath().toString();
			String field = switch (path) {
				case "name" -> prefix.isEmpty() ? "party" : "contact";
				case "jobRole" -> "job_role";
				case "postalAddress" -> "postal_address";
				default -> path;
			};
			String rule = violation.getConstraintDescriptor()
				.getAnnotation()
				.annotationType()
				.getSimpleName()
				.toLowerCase(Locale.ROOT);
			errors.add(new FieldViolation(field, rule.equals("notblank") ? "required" : rule, violation.getMessage()));
		}
		return errors;
	}

	private static <E extends Enum<E>> @Nullable E enumCell(Function<String, @Nullable String> cell, String column,
			Class<E> type, List<FieldViolation> errors) {
		String value = cell.apply(column);
		if (value == null) {
			return null;
		}
		String wanted = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		errors.add(new FieldViolation(column, "one-of",
				"'" + value + "' is not one of " + String.join(", ", names(type.getEnumConstants()))));
		return null;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	static Set<String> columns() {
		return Set.copyOf(COLUMNS);
	}

}
