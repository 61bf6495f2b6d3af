package org.servicechain.search;

/**
 * What a module contributes to search (the provider pattern of STYLE G3): the module that
 * owns a kind of record marks its entities {@code @Indexed} and answers text queries
 * about them here. An implementation must return only records the signed-in user may
 * open, and count only those: it filters inside the engine's query with its own access
 * policy, so totals, pages and highlights are exact for the caller. It links each hit to
 * the page the caller opens it on (staff pages or the portal).
 */
public interface SearchSource {

	/**
	 * @return the kind's code, used in {@code kind=} filters and on each hit
	 */
	String kind();

	/**
	 * @return the kind's name for people, plural ("Requests")
	 */
	String label();

	/**
	 * @return where the kind's group is shown on the results page, lowest first
	 */
	int order();

	/**
	 * @return one window of the records matching {@code query.text()} that the signed-in
	 * user may open, best first, with the number of all of them
	 */
	SearchResult search(SearchQuery query);

}
