package org.servicechain.search;

import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.environment.bean.BeanReference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Turns {@code servicechain.search.*} into Hibernate Search's settings: the embedded
 * Lucene backend with its index under {@code ./data/index} unless OpenSearch is
 * configured, and one analyzer (standard tokenizer, lower case, ASCII folding) that both
 * backends define under the same name, so the entities' mappings do not depend on the
 * backend.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchProperties(SearchSettings settings) {
		return (properties) -> apply(settings, properties);
	}

	static void apply(SearchSettings settings, Map<String, Object> properties) {
		properties.put("hibernate.search.indexing.plan.synchronization.strategy",
				StringUtils.hasText(settings.synchronization()) ? settings.synchronization() : "write-sync");
		if (settings.backendOrDefault() == SearchSettings.Backend.OPENSEARCH) {
			SearchSettings.OpenSearch cluster = settings.opensearch();
			if (cluster == null || cluster.uris() == null || cluster.uris().isEmpty()) {
				throw new IllegalStateException(
						"servicechain.search.backend=opensearch needs servicechain.search.opensearch.uris");
			}
			properties.put("hibernate.search.backend.type", "elasticsearch");
			properties.put("hibernate.search.backend.uris", String.join(",", cluster.uris()));
			properties.put("hibernate.search.backend.version",
					"opensearch:" + (StringUtils.hasText(cluster.version()) ? cluster.version() : "2.19"));
			if (StringUtils.hasText(cluster.username())) {
				properties.put("hibernate.search.backend.username", cluster.username());
				properties.put("hibernate.search.backend.password",
						(cluster.password() != null) ? cluster.password() : "");
			}
			properties.put("hibernate.search.backend.analysis.configurer",
					BeanReference.ofInstance((ElasticsearchAnalysisConfigurer) (context) -> {
						context.analyzer(TextMatch.ANALYZER)
							.custom()
							.tokenizer("standard")
							.tokenFilters("lowercase", "asciifolding");
					}));
			properties.put("hibernate.search.schema_management.strategy", "create-or-update");
		}
		else {
			properties.put("hibernate.search.backend.type", "lucene");
			properties.put("hibernate.search.backend.directory.type", "local-filesystem");
			properties.put("hibernate.search.backend.directory.root",
					settings.indexDirectoryOrDefault().toAbsolutePath().toString());
			properties.put("hibernate.search.backend.analysis.configurer",
					BeanReference.ofInstance((LuceneAnalysisConfigurer) (context) -> {
						context.analyzer(TextMatch.ANALYZER)
							.custom()
							.tokenizer("standard")
							.tokenFilter("lowercase")
							.tokenFilter("asciiFolding");
					}));
		}
	}

}
