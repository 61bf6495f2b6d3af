package org.servicechain.chain.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainAccessPolicy;
import org.servicechain.chain.PartyImportResult;
import org.servicechain.chain.PartyRecords;
import org.servicechain.shared.InvalidInputException;

/**
 * Parties and contacts in and out as CSV (REC-1, INT-4): the export, and the import in
 * two steps: the upload shows a preview with each row's errors and possible duplicates,
 * and only "Import N rows" saves, in one transaction.
 */
@Controller
@RequestMapping("/parties")
class PartyImportController {

	private static final String PAGE = "chain/party-import";

	/** Files larger than this are refused before they are read. */
	private static final long MAX_BYTES = 2 * 1024 * 1024;

	private final PartyRecords records;

	private final ChainAccessPolicy policy;

	PartyImportController(PartyRecords records, ChainAccessPolicy policy) {
		this.records = records;
		this.policy = policy;
	}

	@GetMapping("/export.csv")
	void export(HttpServletResponse response) throws IOException {
		StringWriter out = new StringWriter();
		this.records.export(out);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"parties.csv\"");
		response.getWriter().write(out.toString());
	}

	@GetMapping("/import")
	String form(Model model) {
		if (!this.policy.canEdit()) {
			throw new org.springframework.security.access.AccessDeniedException("Only managers import parties");
		}
		model.addAttribute("columns", PartyRecords.COLUMNS);
		model.addAttribute("errors", Map.of());
		return PAGE;
	}

	@PostMapping("/import/preview")
	String preview(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		model.addAttribute("columns", PartyRecords.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("errors", Map.of("file", "choose a CSV file"));
			return PAGE;
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("errors", Map.of("file", "the file is larger than 2 MB; split it"));
			return PAGE;
		}
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		return check(csv, file.getOriginalFilename(), model);
	}

	@PostMapping("/import")
	String importRows(@RequestParam String csv, @RequestParam(defaultValue = "false") boolean onlyIfAllValid,
			@RequestParam(defaultValue = "false") boolean allowDuplicates, Model model, RedirectAttributes redirect) {
		model.addAttribute("columns", PartyRecords.COLUMNS);
		try {
			PartyImportResult result = this.records.importCsv(csv, false, onlyIfAllValid, allowDuplicates);
			if (result.saved() == 0) {
				model.addAttribute("result", result);
				model.addAttribute("csv", csv);
				model.addAttribute("errors", Map.of());
				model.addAttribute("notice", result.message() != null ? result.message() : "No row was saved.");
				return PAGE;
			}
			redirect.addFlashAttribute("message", "Imported " + result.saved() + " rows.");
			return "redirect:/parties";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", org.servicechain.shared.FormErrors.of(ex));
			return PAGE;
		}
	}

	private String check(String csv, @Nullable String fileName, Model model) {
		try {
			model.addAttribute("result", this.records.importCsv(csv, true, false, false));
			model.addAttribute("csv", csv);
			model.addAttribute("fileName", fileName);
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", org.servicechain.shared.FormErrors.of(ex));
		}
		return PAGE;
	}

}
