package kr.cjournal.site;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP caching of reader pages: a short public max-age so a CDN or proxy absorbs a spike, and an
 * ETag so a returning browser gets 304 instead of the page again.
 */
@Configuration(proxyBeanMethods = false)
class ReaderCaching implements WebMvcConfigurer {

	private static final String[] READER_PAGES = { "/", "/section/*", "/section/*/*", "/article/*", "/article/*/print",
			"/reporter/*" };

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor interceptor = new WebContentInterceptor();
		CacheControl shortPublic = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
		for (String pattern : READER_PAGES) {
			interceptor.addCacheMapping(shortPublic, pattern);
		}
		registry.addInterceptor(interceptor);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> readerPageEtags() {
		// Weak: Tomcat does not compress a response that carries a strong ETag.
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/", "/section/*", "/article/*", "/reporter/*");
		return registration;
	}
}
