package kr.cjournal.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller outside the site module whose pages are reader pages in the site's layout
 * ({@code layout/page.jte}): the site gives them the masthead as model attribute {@code masthead}.
 * Put it beside {@code @Controller}; the template declares {@code @param Masthead masthead}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SiteController {
}
