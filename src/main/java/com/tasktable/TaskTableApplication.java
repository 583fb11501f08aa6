package com.tasktable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TaskTableApplication {

	public static void main(String[] args) {
		SpringApplication.run(TaskTableApplication.class, args);
	}

}
