package kr.cjournal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CjournalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CjournalApplication.class, args);
	}
}
