package org.openipt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class OpenIptApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenIptApplication.class, args);
    }
}
