package kr.cjournal.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the application sends to its database, so a test can assert that a page
 * or a lookup costs a fixed number of queries. Import it, call {@link #reset()}, make the request
 * (MockMvc runs it on the test's thread), then read {@link #count()}. Only statements from the
 * thread that called {@code reset()} count: the scheduled release and the change-feed poll query
 * the database on their own threads at any moment.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

	private static final AtomicInteger QUERIES = new AtomicInteger();

	private static volatile Thread counted;

	/** Starts counting from zero, the statements of the calling thread only. */
	public static void reset() {
		counted = Thread.currentThread();
		QUERIES.set(0);
	}

	public static int count() {
		return QUERIES.get();
	}

	@Bean
	static BeanPostProcessor countingDataSourceProxy() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource).listener(new QueryExecutionListener() {
						@Override
						public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
						}

						@Override
						public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
							if (Thread.currentThread() == counted) {
								QUERIES.addAndGet(queries.size());
							}
						}
					}).build();
				}
				return bean;
			}
		};
	}
}
