package org.servicechain.notify;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The language the signed-in person reads their mails in.
 *
 * @param language the language that applies
 * @param chosen the language they chose, or {@literal null} when they follow the default
 * @param defaultLanguage the organisation's default
 * @param languages the languages there are mail templates in
 */
public record LanguageView(String language, @Nullable String chosen, String defaultLanguage, List<String> languages) {

}
