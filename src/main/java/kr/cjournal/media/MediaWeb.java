package kr.cjournal.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves media files; their keys change with their content, so they are cached for a year. Only
 * the served directory is mapped: uploaded originals live elsewhere and have no URL.
 */
@Configuration(proxyBeanMethods = false)
class MediaWeb implements WebMvcConfigurer {

	private final LocalMediaStorage storage;

	MediaWeb(LocalMediaStorage storage) {
		this.storage = storage;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/media/**")
			.addResourceLocations(storage.root().toUri().toString().replaceFirst("/?$", "/"))
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}
}
