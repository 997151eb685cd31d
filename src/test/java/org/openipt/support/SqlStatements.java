package org.openipt.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends while counting, for tests that assert a page costs a bounded
 * number of statements whatever the data (a MockMvc request runs on the test's thread). Every database test context
 * wraps its DataSource with it (see {@link TestDatabase}); outside {@link #countedIn} nothing is counted. The same
 * wrapper refuses connections during a {@link DatabaseOutage}.
 */
public final class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** What was done and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> countedIn(Callable<T> work) throws Exception {
        int[] count = { 0 };
        COUNTING.set(count);
        try {
            return new Counted<>(work.call(), count[0]);
        }
        finally {
            COUNTING.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    DatabaseOutage.refuseAConnectionWhileDown();
                }
                Object result = call(method, target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = call(method, target, args);
            if (result instanceof CallableStatement statement) {
                return counting(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement) {
                return counting(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement) {
                return counting(Statement.class, statement);
            }
            return result;
        });
    }

    private static <S extends Statement> S counting(Class<S> type, S statement) {
        return proxy(type, statement, (target, method, args) -> {
            int[] count = COUNTING.get();
            if (count != null && method.getName().startsWith("execute")) {
                count[0]++;
            }
            return call(method, target, args);
        });
    }

    private interface Handler<T> {
        Object invoke(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1
                    && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args.length == 1
                    && ((Class<?>) args[0]).isInstance(target)) {
                return true;
            }
            return handler.invoke(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type }, invocation);
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
