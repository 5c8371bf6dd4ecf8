package com.meike.privacy.benchmark;

import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What benchmark/cluster-crash-test.sh needs before it drives approvals over {@code /api} (only in
 * the benchmark EAR): {@code POST /benchmark/order-pool?count=200} places {@code count} real orders
 * of the benchmark's pool customer, 100 per transaction, and answers their numbers as a JSON array.
 * Applications for recording access must name an existing order; placing orders over {@code /api}
 * would need a registered customer with a verification code first, which is not what the test is
 * about.
 */
@WebServlet("/order-pool")
public class OrderPoolServlet extends HttpServlet {

  @EJB OrderService orderService;

  @Resource UserTransaction userTransaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int count;
    try {
      count =
          Integer.parseInt(
              request.getParameter("count") == null ? "100" : request.getParameter("count"));
    } catch (NumberFormatException e) {
      response.sendError(400, "count must be a number");
      return;
    }
    if (count < 1 || count > 5000) {
      response.sendError(400, "count 1..5000");
      return;
    }
    OrderRequest order =
        new OrderRequest(
            "Benchmark Rd 1",
            "Benchmark",
            "+8613800000000",
            List.of("facial"),
            new BigDecimal("100.00"),
            "Shanghai",
            false);
    Transactions tx = new Transactions(userTransaction);
    List<String> placed = new ArrayList<>();
    try {
      while (placed.size() < count) {
        int batch = Math.min(100, count - placed.size());
        placed.addAll(
            tx.inTransaction(
                () -> {
                  List<String> numbers = new ArrayList<>();
                  for (int i = 0; i < batch; i++) {
                    numbers.add(
                        orderService.place(order, ApprovalThroughput.POOL_CUSTOMER).orderNumber());
                  }
                  return numbers;
                }));
      }
    } catch (Exception e) {
      response.sendError(500, Load.describe(e));
      return;
    }
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    placed.forEach(numbers::add);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(numbers.build().toString());
  }
}
