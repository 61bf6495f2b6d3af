package org.servicechain.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the OpenAPI document and Swagger UI, and the personal API token as its
 * bearer scheme, so "Authorize" in Swagger UI takes a token and every call sends it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "apiToken";

	@Bean
	OpenAPI servicechainOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Servicechain API")
				.version("v1")
				.description("The REST API of Servicechain. Authenticate with a personal API token "
						+ "(your name, top right → API tokens): Authorize, then paste the token."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token, created on the API tokens page")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
