package fi.tarjotin.support.sqlguard;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;

/**
 * Puts every data source of a test context behind datasource-proxy, so that each statement and each read of a
 * result reaches the guard. It runs before Micronaut Data's own wrapper (the contextual connection proxy) and
 * before Flyway's migration runner, so that both of them, and the transaction manager, use the proxy and the
 * proxy sits right on the pool.
 */
@Singleton
class GuardedDataSources implements BeanCreatedEventListener<DataSource>, Ordered {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        if (dataSource instanceof ProxyDataSource) {
            return dataSource;
        }
        StatementCapture capture = new StatementCapture();
        return ProxyDataSourceBuilder.create(event.getBeanIdentifier().getName(), dataSource)
                .listener(capture)
                .methodListener(capture)
                .proxyResultSet()
                .build();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
