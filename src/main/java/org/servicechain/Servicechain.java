package org.servicechain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Servicechain: reliable customer service through a chain of service partnerships.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Servicechain {

	public static void main(String[] args) {
		SpringApplication.run(Servicechain.class, args);
	}

}
