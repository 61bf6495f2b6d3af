package org.servicechain.search;

import org.servicechain.testing.IntegrationTest;

/**
 * The search contract on the embedded Lucene backend, the default.
 */
@IntegrationTest
class SearchIntegrationTests extends SearchContract {

}
