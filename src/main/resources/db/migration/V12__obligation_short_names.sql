-- A short name for each obligation, so screens read "新闻发布会 1.C.1" rather than a bare code. Nullable: a table
-- defined later may leave them empty, and screens then fall back to the version's title. The seeded Guangxi
-- 2018–2020 table gets a name for every obligation (chosen from the source's wording, see docs/compliance-rules.md).
alter table obligation add column short_name varchar(60);
alter table obligation add column short_name_en varchar(120);

update obligation o
set short_name = v.short_name, short_name_en = v.short_name_en
from (values
    ('1.R.1', '新闻发布会', 'Press conference'),
    ('1.C.1', '新闻发布会', 'Press conference'),
    ('2.R.1', '曝光专栏', 'Exposure column'),
    ('2.R.2', '电视曝光节目', 'TV exposure slot'),
    ('2.C.1', '曝光台栏目', 'Exposure platform'),
    ('2.C.2', '每月曝光', 'Monthly exposure'),
    ('3.R.1', '主题采访', 'Theme interview'),
    ('3.R.2', '伴随式采访', 'Embedded interviews'),
    ('3.C.1', '主题采访', 'Theme interview'),
    ('3.C.2', '伴随式采访', 'Embedded interviews'),
    ('4.R.1', '舆情应对评估', 'Opinion response review'),
    ('4.C.1', '舆情监控', 'Opinion monitoring'),
    ('5.R.1', '微博微信更新', 'Daily Weibo/WeChat'),
    ('5.C.1', '微博微信更新', 'Daily Weibo/WeChat'),
    ('5.C.2', '原创文章', 'Original articles'),
    ('6.R.1', '新媒体矩阵管理', 'Matrix rules'),
    ('6.C.1', '转发与回应', 'Forward and answer'),
    ('7.R.1', '新媒体产品', 'New-media products'),
    ('7.C.1', '新媒体产品', 'New-media products'),
    ('8.R.1', '最美环保人评选', 'Environmentalist award'),
    ('8.C.1', '最美环保人申报', 'Award nominations'),
    ('9.R.1', '生态文化产品', 'Eco-culture products'),
    ('9.C.1', '生态文化产品', 'Eco-culture products'),
    ('10.R.1', '指导主题实践', 'Guide activities'),
    ('10.C.1', '美丽中国活动', 'Beautiful China activities'),
    ('11.R.1', '六五环境日', 'June 5 Environment Day'),
    ('11.R.2', '生物多样性日', 'Biodiversity Day'),
    ('11.R.3', '全国低碳日', 'Low Carbon Day'),
    ('11.R.4', '国家安全教育日', 'Security Education Day'),
    ('11.R.5', '美丽中国主场活动', 'Beautiful China main event'),
    ('11.C.1', '六五环境日', 'June 5 Environment Day'),
    ('11.C.2', '生物多样性日', 'Biodiversity Day'),
    ('11.C.3', '全国低碳日', 'Low Carbon Day'),
    ('11.C.4', '国家安全教育日', 'Security Education Day'),
    ('12.R.1', '监测站开放', 'Monitoring station open day'),
    ('12.R.2', '指导设施开放', 'Guide facility opening'),
    ('12.C.1', '设施开放日', 'Facility open days'),
    ('12.C.2', '四类设施开放', 'Four facility types'),
    ('13.R.1', '引导社会组织', 'Guide NGOs'),
    ('13.C.1', '扶持社会组织', 'Support NGOs'),
    ('14.R.1', '环保清风', 'Clean-conduct brand'),
    ('14.R.2', '廉政主题活动', 'Integrity contests'),
    ('14.C.1', '环保清风', 'Clean-conduct brand'),
    ('14.C.2', '廉政活动宣传', 'Integrity publicity')) as v(code, short_name, short_name_en)
join campaign c on c.code = 'guangxi-2018-2020'
where o.campaign_id = c.id and o.code = v.code;
