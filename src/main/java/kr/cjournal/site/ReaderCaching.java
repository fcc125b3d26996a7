package kr.cjournal.site;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP caching of reader pages: a short public max-age so a CDN or proxy absorbs a spike. Their
 * ETags come with the rendered page ({@link RenderedPages}), so a returning browser gets 304.
 */
@Configuration(proxyBeanMethods = false)
class ReaderCaching implements WebMvcConfigurer {

	private static final String[] READER_PAGES = { "/", "/section/*", "/section/*/*", "/article/*", "/article/*/print",
			"/reporter/*", "/people/*", "/company/*" };

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor interceptor = new WebContentInterceptor();
		CacheControl shortPublic = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
		for (String pattern : READER_PAGES) {
			interceptor.addCacheMapping(shortPublic, pattern);
		}
		registry.addInterceptor(interceptor);
	}

}
