package fi.tarjotin.config;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Answers only in encodings that every client decodes. Micronaut's compressor picks the "best" coding it
 * knows, so {@code Accept-Encoding: *} got snappy, which no ordinary HTTP client (nor the connector gateway)
 * reads. Each request's {@code Accept-Encoding} is narrowed, before the compressor sees it, to the one coding
 * {@link AcceptedEncoding} chooses, or removed (identity).
 */
// The compressor is internal to Micronaut and reads the Netty request's header, so the header is narrowed in the
// Netty pipeline, right after the HTTP/1.1 codec. The service speaks HTTP/1.1 only (no micronaut.server.http-version).
@Singleton
class CompressionNegotiation implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER_NAME = "tarjotin-accept-encoding";
    private static final NarrowAcceptEncoding NARROW = new NarrowAcceptEncoding();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new OnConnection(null));
        return event.getBean();
    }

    /** Adds the narrowing handler to each connection's pipeline once the HTTP/1.1 codec is in place. */
    private record OnConnection(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new OnConnection(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER_NAME, NARROW);
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class NarrowAcceptEncoding extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof HttpRequest request) {
                HttpHeaders headers = request.headers();
                if (headers.contains(HttpHeaderNames.ACCEPT_ENCODING)) {
                    AcceptedEncoding.choose(headers.getAll(HttpHeaderNames.ACCEPT_ENCODING)).ifPresentOrElse(
                            coding -> headers.set(HttpHeaderNames.ACCEPT_ENCODING, coding),
                            () -> headers.remove(HttpHeaderNames.ACCEPT_ENCODING));
                }
            }
            ctx.fireChannelRead(message);
        }
    }
}
