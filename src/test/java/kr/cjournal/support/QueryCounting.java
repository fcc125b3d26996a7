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
 * or a lookup costs a fixed number of queries. Import it and read or reset {@link #QUERIES}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

	public static final AtomicInteger QUERIES = new AtomicInteger();

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
							QUERIES.addAndGet(queries.size());
						}
					}).build();
				}
				return bean;
			}
		};
	}
}
