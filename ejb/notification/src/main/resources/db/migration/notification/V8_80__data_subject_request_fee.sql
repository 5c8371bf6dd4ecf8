-- A fee is charged for a repeated or excessive data-subject request (DSR-6, policy Part 2 §V,
-- issue 15): the person is told the amount and the last day to accept; the reason and the
-- acceptance are in the app. Without an acceptance by then the request closes (the answered notice
-- says so).
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('data-subject-request-fee', 'SERVICE', 'PUSH', 'communication.customer-service', 'requestKind,amount,acceptBy', '您的个人信息请求需支付费用',
        '您提出的个人信息请求（{requestKind}）属于多次重复或超出合理限度的请求，我们将收取费用 {amount} 元。请于 {acceptBy}（北京时间）24:00 前在应用“我的个人信息请求”中查看收费理由并确认；确认前答复期限暂停计算，逾期未确认，请求将关闭。',
        'A fee is charged for a repeated or excessive data-subject request (DSR-6): amount in CNY and the last day (China) to accept it in the app; the answer clock is paused until then.');
