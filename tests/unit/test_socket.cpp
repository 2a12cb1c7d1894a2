// Unit tests for _socket's address conversion (stdlib/socket_addr.cpp) and
// the getargs "i" converter it shares with _posixsubprocess.
#include <gtest/gtest.h>

#include <arpa/inet.h>

#include <cstddef>
#include <string>

#include "runtime/api.h"
#include "stdlib/clinic.h"
#include "stdlib/socket_internal.h"
#include "tests/unit/runtime_env.h"

using namespace rt;
using namespace stdlib::sock;

namespace {

std::string repr_of(Object* o) {
  if (!o) return "<null>";
  Object* r = object_repr(o);
  std::string s = r ? std::string(str_view(r)) : "<error>";
  xdecref(r);
  return s;
}

Object* pair(const char* host, long port) {
  Object* h = str_from_cstr(host);
  Object* p = int_from_i64(port);
  Object* t = tuple_pack(2, h, p);
  decref(h);
  decref(p);
  return t;
}

}  // namespace

TEST(SocketAddr, Inet4RoundTrip) {
  ensure_runtime();
  Object* a = pair("127.0.0.1", 8080);
  SockAddr addr;
  socklen_t len = 0;
  ASSERT_TRUE(sockaddr_from_python(AF_INET, a, "connect", &addr, &len));
  EXPECT_EQ(len, sizeof(addr.in4));
  EXPECT_EQ(ntohs(addr.in4.sin_port), 8080);
  EXPECT_EQ(ntohl(addr.in4.sin_addr.s_addr), 0x7f000001u);
  Object* back = sockaddr_to_python(&addr.sa, len);
  EXPECT_EQ(repr_of(back), "('127.0.0.1', 8080)");
  xdecref(back);
  decref(a);
}

TEST(SocketAddr, EmptyHostIsAnyAndIpv6HasFourFields) {
  ensure_runtime();
  Object* a = pair("", 0);
  SockAddr addr;
  socklen_t len = 0;
  ASSERT_TRUE(sockaddr_from_python(AF_INET6, a, "bind", &addr, &len));
  Object* back = sockaddr_to_python(&addr.sa, len);
  EXPECT_EQ(repr_of(back), "('::', 0, 0, 0)");
  xdecref(back);
  decref(a);
}

TEST(SocketAddr, PortOutOfRangeNamesTheCaller) {
  ensure_runtime();
  Object* a = pair("127.0.0.1", 70000);
  SockAddr addr;
  socklen_t len = 0;
  EXPECT_FALSE(sockaddr_from_python(AF_INET, a, "sendto", &addr, &len));
  Object* exc = err_fetch();
  ASSERT_NE(exc, nullptr);
  EXPECT_EQ(repr_of(exc), "OverflowError('sendto(): port must be 0-65535.')");
  decref(exc);
  decref(a);
}

TEST(SocketAddr, UnixPathsAndAbstractNames) {
  ensure_runtime();
  SockAddr addr;
  socklen_t len = 0;
  Object* path = str_from_cstr("/tmp/x.sock");
  ASSERT_TRUE(sockaddr_from_python(AF_UNIX, path, "bind", &addr, &len));
  EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 12);  // the path and its NUL
  Object* back = sockaddr_to_python(&addr.sa, len);
  EXPECT_EQ(repr_of(back), "'/tmp/x.sock'");
  xdecref(back);
  decref(path);
  Object* abstract = bytes_from("\0name", 5);
  ASSERT_TRUE(sockaddr_from_python(AF_UNIX, abstract, "bind", &addr, &len));
  EXPECT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 5);  // no NUL after an abstract name
  back = sockaddr_to_python(&addr.sa, len);
  EXPECT_EQ(repr_of(back), "b'\\x00name'");
  xdecref(back);
  decref(abstract);
  // An unbound AF_UNIX socket's name is the empty string.
  back = sockaddr_to_python(&addr.sa, socklen_t(offsetof(struct sockaddr_un, sun_path)));
  EXPECT_EQ(repr_of(back), "''");
  xdecref(back);
}

TEST(SocketAddr, GetargsIntConverter) {
  ensure_runtime();
  int v = 0;
  Object* big = int_from_i64(int64_t(1) << 40);
  EXPECT_FALSE(stdlib::clinic::to_int_getargs(big, &v));
  Object* exc = err_fetch();
  EXPECT_EQ(repr_of(exc), "OverflowError('signed integer is greater than maximum')");
  xdecref(exc);
  decref(big);
  Object* neg = int_from_i64(-(int64_t(1) << 40));
  EXPECT_FALSE(stdlib::clinic::to_int_getargs(neg, &v));
  exc = err_fetch();
  EXPECT_EQ(repr_of(exc), "OverflowError('signed integer is less than minimum')");
  xdecref(exc);
  decref(neg);
  Object* seven = int_from_i64(7);
  EXPECT_TRUE(stdlib::clinic::to_int_getargs(seven, &v));
  EXPECT_EQ(v, 7);
  decref(seven);
}
